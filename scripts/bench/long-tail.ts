/**
 * A long tail of buyer searches for the benchmark: every product word of the seeded catalog in
 * four languages, alone, with a material or quality, and with a size — a few thousand different
 * questions — drawn by a Zipf law (the r-th most popular asked ∝ 1/r), as search logs look.
 * Most draws repeat a popular question; many are asked once, so a cache cannot answer them.
 */
import { Random } from './random.js';
import { modifiersFor, NOUNS, sizesFor } from './vocabulary.js';

const LOCALES = ['zh-CN', 'en', 'ru', 'es'] as const;

export interface Question {
  path: string;
  locale: string;
}

export function distinctQuestions(): Question[] {
  const questions: Question[] = [];
  for (const [slug, nouns] of Object.entries(NOUNS)) {
    for (const noun of nouns) {
      LOCALES.forEach((locale, l) => {
        const word = noun[l]!;
        const texts = [
          word,
          ...modifiersFor(slug).map((m) =>
            l === 0 ? `${m[0]}${word}` : l === 1 ? `${m[1]} ${word}` : `${word} ${m[l]!}`,
          ),
          ...sizesFor(slug).map((size) => `${word} ${size}`),
        ];
        for (const q of texts)
          questions.push({ path: `/api/catalog/products?${new URLSearchParams({ q }).toString()}`, locale });
      });
    }
  }
  return questions;
}

/** `count` draws from the questions, the r-th (after a seeded shuffle) with weight 1/r. */
export function zipfDraws(questions: readonly Question[], count: number, seed = 7): Question[] {
  const random = new Random(seed);
  const ranked = [...questions];
  for (let i = ranked.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [ranked[i], ranked[j]] = [ranked[j]!, ranked[i]!];
  }
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 1; r <= ranked.length; r++) cumulative.push((sum += 1 / r));
  return Array.from({ length: count }, () => {
    const x = random.next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return ranked[lo]!;
  });
}
