/**
 * Keeps an answer for a short while, per key. For what changes rarely and costs a scan to compute
 * (filter choices, yearly figures, the guide's time limits): every visitor of the list page would
 * otherwise pay for them. Only answers that loaded are kept; a failure is asked again next time.
 */
export function recentAnswers<K, T extends { ok: boolean }>(ttlMs: number, load: (key: K) => Promise<T>, now: () => number = Date.now) {
  const kept = new Map<K, { at: number; answer: Promise<T> }>();
  return (key: K): Promise<T> => {
    const entry = kept.get(key);
    if (entry && now() - entry.at < ttlMs) return entry.answer;
    const answer = load(key);
    kept.set(key, { at: now(), answer });
    // Concurrent visitors share the one request in flight; a failed answer is not kept.
    void answer.then((a) => (a.ok ? undefined : kept.delete(key)), () => kept.delete(key));
    return answer;
  };
}
