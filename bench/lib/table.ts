export async function printBenchTable(_args: string[]) {}
export async function runAll(_args: string[]) {}
