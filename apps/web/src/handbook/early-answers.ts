// The answers public/m-early.js asked for before the framework had loaded.

declare global {
  interface Window {
    dangvuEarlyAnswers?: Record<string, Promise<Response> | undefined>;
  }
}

/**
 * The body of the early answer to `path` if it came back fine (each is used once); null when there is none or it
 * failed (expired session, no network), so that the caller asks again the ordinary way and handles the error there.
 */
export async function takeEarlyAnswer<T>(path: string): Promise<T | null> {
  const pending = window.dangvuEarlyAnswers?.[path];
  if (!pending) return null;
  delete window.dangvuEarlyAnswers?.[path];
  const response = await pending.catch(() => null);
  if (!response?.ok) return null;
  return (await response.json()) as T;
}
