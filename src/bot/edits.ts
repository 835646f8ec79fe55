/**
 * Telegram refuses an edit that would leave a message as it is ("message is not modified"): two
 * quick presses racing to the same state, or a redraw with nothing new. That is no failure.
 */
export function isNotModified(error: unknown): boolean {
  return error instanceof Error && error.message.includes('message is not modified');
}
