/**
 * Telegram HTML as plain text (the CLI's text format, and the fallback when Telegram refuses our
 * HTML): tags dropped, a link's address kept after its text, entities decoded.
 */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, (_all, href: string, text: string) => `${text} (${href})`)
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|quot|amp);/g, (_all, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
}
