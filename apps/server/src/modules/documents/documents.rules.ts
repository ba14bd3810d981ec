/** "05-GM/CB": the number with a leading zero below 10, a hyphen, the type code, a slash, the issuer code (§8.1). */
export function documentCode(number: number, typeCode: string, issuerCode: string): string {
  return `${String(number).padStart(2, "0")}-${typeCode}/${issuerCode}`;
}

/** The key of a register's term: the term's id, or "none" while no term is recorded for the day of issue. */
export function termKey(term: { id: string } | undefined): string {
  return term?.id ?? "none";
}
