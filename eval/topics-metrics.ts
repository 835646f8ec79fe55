import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Language } from '../src/model/language.ts';
import { TOPICS, type Topic } from '../src/model/topics.ts';

const LABELLED_FOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures', 'topics');

/** The labelled headlines of one language (tests/fixtures/topics/<lang>.jsonl). */
export function readLabelled(language: Language): LabelledItem[] {
  return readFileSync(join(LABELLED_FOLDER, `${language}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledItem);
}

export interface LabelledItem {
  id: string;
  title: string;
  text: string;
  topics: Topic[];
}

export interface TopicCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Evaluation {
  perTopic: Record<Topic, TopicCounts>;
  micro: { precision: number; recall: number; f1: number };
  errors: { id: string; missed: Topic[]; extra: Topic[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Precision, recall and micro-F1 of predicted topic sets against the labels. */
export function evaluate(items: readonly LabelledItem[], predict: (item: LabelledItem) => readonly Topic[]): Evaluation {
  const perTopic = Object.fromEntries(TOPICS.map((topic) => [topic, { tp: 0, fp: 0, fn: 0 }])) as Record<Topic, TopicCounts>;
  const errors: Evaluation['errors'] = [];
  for (const item of items) {
    const predicted = new Set(predict(item));
    const truth = new Set(item.topics);
    const missed = [...truth].filter((topic) => !predicted.has(topic));
    const extra = [...predicted].filter((topic) => !truth.has(topic));
    for (const topic of truth) perTopic[topic][predicted.has(topic) ? 'tp' : 'fn'] += 1;
    for (const topic of extra) perTopic[topic].fp += 1;
    if (missed.length > 0 || extra.length > 0) errors.push({ id: item.id, missed, extra });
  }
  const sum = (key: keyof TopicCounts) => TOPICS.reduce((total, topic) => total + perTopic[topic][key], 0);
  const tp = sum('tp');
  const precision = ratio(tp, tp + sum('fp'));
  const recall = ratio(tp, tp + sum('fn'));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { perTopic, micro: { precision, recall, f1 }, errors };
}
