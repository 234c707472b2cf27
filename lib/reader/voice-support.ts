import type { Language } from '@/lib/i18n/config';
import { derivedValue, textValue } from './external-value';
import { voicedLanguages } from './speech';

/**
 * `unsupported` without speech synthesis; `unknown` while the browser has listed no voice
 * (Chromium lists them late, and some systems never have any); else the languages voiced.
 */
export type VoiceSupport = 'unsupported' | 'unknown' | readonly Language[];

const reported = textValue({
  read() {
    if (!('speechSynthesis' in window)) return 'unsupported';
    const voices = window.speechSynthesis.getVoices();
    return voices.length === 0 ? 'unknown' : `voiced:${voicedLanguages(voices).join(',')}`;
  },
  watch(onChange) {
    if (!('speechSynthesis' in window)) return () => {};
    window.speechSynthesis.addEventListener('voiceschanged', onChange);
    return () => window.speechSynthesis.removeEventListener('voiceschanged', onChange);
  },
  initial: 'unknown',
});

/** What this browser can read aloud, following its list of voices as it changes. */
export const voiceSupport = derivedValue(reported, (text): VoiceSupport =>
  text === 'unsupported' || text === 'unknown'
    ? text
    : (text.slice('voiced:'.length).split(',').filter(Boolean) as Language[]),
);

/**
 * Why a block in `langs` (the languages it shows) cannot be read aloud, or undefined when some
 * voice can read it: no speech at all, or no voice for any of its languages.
 *
 * @param missing languages the narrator found no voice for while reading
 */
export function whyUnavailable(
  support: VoiceSupport,
  missing: ReadonlySet<Language>,
  langs: readonly Language[],
  labels: { cannotSpeak: string; noVoice: Record<Language, string> },
): string | undefined {
  if (support === 'unsupported') return labels.cannotSpeak;
  const known = support === 'unknown' ? undefined : new Set(support);
  const cannot = langs.filter((l) => missing.has(l) || (known && !known.has(l)));
  return cannot.length === langs.length ? labels.noVoice[cannot[0]!] : undefined;
}

/**
 * Resolves once the browser has listed its voices, or after a second if it lists none:
 * Chromium lists them only some time after the page asks, and a click may come first.
 */
export function voicesLoaded(): Promise<void> {
  const synth = window.speechSynthesis;
  if (synth.getVoices().length > 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
  });
}
