import { memoryValue, type ReadableValue } from './external-value';

/** How long a message stays in the live region (and on screen). */
const shownFor = 4000;

export interface Announcer {
  /** The live region's message, '' when there is none. */
  message: ReadableValue<string>;
  /** Says `message` in the page's live region and shows it briefly. */
  announce(message: string): void;
}

/** The page's live region: one message at a time, cleared a few seconds after it was said. */
export function createAnnouncer(): Announcer {
  const message = memoryValue('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    message,
    announce(next) {
      message.set(next);
      clearTimeout(timer);
      timer = setTimeout(() => message.set(''), shownFor);
    },
  };
}
