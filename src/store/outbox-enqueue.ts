import type { StatementCache } from './statements.ts';
import type { OutgoingMessage } from './outbox-records.ts';

/**
 * The texts stored for messages queued so far, by content: a scheduled pass queues its chats in
 * many batches, and most chats of a minute get one of a few hundred distinct briefings. Give every
 * batch of one pass the same QueuedTexts and each text is written once for the whole pass.
 */
export class QueuedTexts {
  /** Text → its row in outbox_texts, as last stored or found. */
  readonly ids = new Map<string, number | bigint>();
}

/**
 * Inserts the messages (the caller holds the transaction) and returns how many were new: a message
 * already queued (the same run, chat, part and kind) is left as it was. A text no new message uses
 * is not kept.
 */
export function enqueueMessages(sql: StatementCache, messages: readonly OutgoingMessage[], texts: QueuedTexts, now: number): number {
  const insertText = sql.get('INSERT INTO outbox_texts (text) VALUES (?)');
  const stillStored = sql.get('SELECT 1 FROM outbox_texts WHERE id = ? AND text = ?');
  const insert = sql.get(
    `INSERT INTO outbox (kind, run_id, broadcast_id, chat_id, part, text_id, parse_mode, reply_markup, article_ids, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, chat_id, part, kind) DO NOTHING`,
  );
  // This call's texts: whether a message queued now uses each, and whether this call stored it.
  const inCall = new Map<string, { id: number | bigint; used: boolean; stored: boolean }>();
  // Chats that get the same briefing share its parts' article lists too: each is written out once.
  const articleLists = new Map<readonly number[] | undefined, string>();
  let added = 0;
  for (const message of messages) {
    let text = inCall.get(message.text);
    if (!text) {
      const known = texts.ids.get(message.text);
      // A text of an earlier call may be gone since (its messages rewritten, its batch rolled back),
      // and its id taken by another text: the content must still be there under that id.
      if (known !== undefined && stillStored.get(known, message.text) !== undefined) text = { id: known, used: false, stored: false };
      else text = { id: insertText.run(message.text).lastInsertRowid, used: false, stored: true };
      inCall.set(message.text, text);
    }
    const changes = insert.run(
      message.kind,
      message.runId,
      message.broadcastId ?? null,
      message.chatId,
      message.part,
      text.id,
      message.parseMode,
      message.replyMarkup === undefined ? null : JSON.stringify(message.replyMarkup),
      articleList(articleLists, message.articleIds),
      now,
      now,
    ).changes;
    added += changes;
    if (changes > 0) text.used = true;
  }
  const removeText = sql.get('DELETE FROM outbox_texts WHERE id = ?');
  for (const [content, text] of inCall) {
    if (text.used || !text.stored) texts.ids.set(content, text.id);
    else removeText.run(text.id);
  }
  return added;
}

function articleList(lists: Map<readonly number[] | undefined, string>, ids: readonly number[] | undefined): string {
  let json = lists.get(ids);
  if (json === undefined) {
    json = JSON.stringify(ids ?? []);
    lists.set(ids, json);
  }
  return json;
}
