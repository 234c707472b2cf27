import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenSettings, parseListenSettings } from '@/lib/reader/listen-settings';
import { voiceSupport, whyUnavailable, type VoiceSupport } from '@/lib/reader/voice-support';
import { installFakeWindow } from './fake-window';

afterEach(() => vi.unstubAllGlobals());

describe('listen settings', () => {
  it('reads a stored speed and "read on", and the defaults for anything missing or unknown', () => {
    expect(parseListenSettings('{"rate":1.5,"readOn":false}')).toEqual({ rate: 1.5, readOn: false });
    expect(parseListenSettings('')).toEqual({ rate: 1, readOn: true });
    expect(parseListenSettings('{"rate":3,"readOn":"no"}')).toEqual({ rate: 1, readOn: true });
    expect(parseListenSettings('not json')).toEqual({ rate: 1, readOn: true });
  });

  it('remembers them for every article, as JSON', () => {
    const fake = installFakeWindow();
    listenSettings.set({ rate: 0.75, readOn: false });
    expect(fake.stored.get('paralelo:listen')).toBe('{"rate":0.75,"readOn":false}');
    expect(listenSettings.get()).toEqual({ rate: 0.75, readOn: false });
  });
});

describe('voice support', () => {
  function installVoices(langs: string[] | undefined) {
    const fake = installFakeWindow();
    const listeners = new Set<() => void>();
    const voices = langs?.map((lang) => ({ lang, name: lang }));
    if (voices) {
      Object.assign(window, {
        speechSynthesis: {
          getVoices: () => voices,
          addEventListener: (_: string, listener: () => void) => listeners.add(listener),
          removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
        },
      });
    }
    return { fake, voices, listeners };
  }

  it("is 'unknown' on the server, and 'unsupported' without speech synthesis", () => {
    expect(voiceSupport.initial()).toBe('unknown');
    installVoices(undefined);
    expect(voiceSupport.get()).toBe('unsupported');
  });

  it("is 'unknown' while the browser lists no voice, then the languages voiced, the same array until they change", () => {
    const { voices, listeners } = installVoices([]);
    expect(voiceSupport.get()).toBe('unknown');
    const listener = vi.fn();
    const stop = voiceSupport.subscribe(listener);
    voices!.push({ lang: 'es-MX', name: 'es' }, { lang: 'fr-FR', name: 'fr' });
    for (const changed of listeners) changed();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(voiceSupport.get()).toEqual(['es']);
    expect(voiceSupport.get()).toBe(voiceSupport.get());
    stop();
    expect(listeners.size).toBe(0);
  });

  it('is an empty list where voices exist but none in the reader’s languages', () => {
    installVoices(['fr-FR']);
    expect(voiceSupport.get()).toEqual([]);
  });

  const labels = { cannotSpeak: 'cannot speak', noVoice: { en: 'no English voice', es: 'no Spanish voice' } };
  const cases: [VoiceSupport, string[], ('en' | 'es')[], string | undefined][] = [
    ['unsupported', [], ['en'], 'cannot speak'],
    ['unknown', [], ['en'], undefined],
    ['unknown', ['es'], ['es'], 'no Spanish voice'],
    ['unknown', ['es'], ['en', 'es'], undefined],
    [['en'], [], ['en'], undefined],
    [['en'], [], ['es'], 'no Spanish voice'],
    [['en'], [], ['en', 'es'], undefined],
    [[], [], ['es', 'en'], 'no Spanish voice'],
    [['en', 'es'], ['en'], ['en'], 'no English voice'],
  ];
  it.each(cases)('support %j, missing %j, showing %j: %s', (support, missing, langs, expected) => {
    expect(whyUnavailable(support, new Set(missing as ('en' | 'es')[]), langs, labels)).toBe(expected);
  });
});
