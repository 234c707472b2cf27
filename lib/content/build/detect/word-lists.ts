import { createRequire } from 'node:module';

// Lowercase word lists (MIT, by Titus Wormer): ~275,000 English words and ~636,000 Spanish
// word forms, the latter written without accents. Loaded once, at build time only.
const require = createRequire(import.meta.url);
let lists: { en: Set<string>; es: Set<string> } | undefined;

/** Whether a lowercase word is an English word, and whether (accents dropped) a Spanish one. */
export function wordLists(): { en: ReadonlySet<string>; es: ReadonlySet<string> } {
  lists ??= {
    en: new Set(require('an-array-of-english-words') as string[]),
    es: new Set(require('an-array-of-spanish-words') as string[]),
  };
  return lists;
}

/**
 * The most frequent words of each language that the other does not use: a few of them settle
 * even a two-word snippet. Words both languages write (a, no, me, son, he, has) are left out.
 */
export const functionWords = {
  en: new Set(
    ('the of and to in is that it was for on are as with his they at be this from have or by had not but what all were ' +
      'we when your can said there an each which she do how their if will up other about out many then them these so ' +
      'some her would make like him into time look two more write go see number way could people my than first been ' +
      'call who its now find long down day did get made may part over new after only our just where most know while ' +
      'last might us great old year off must through back much should well also any same how our own under never ' +
      'being still those both such why here between each because does around against during without again few another ' +
      'i you our yours is isn\'t don\'t it\'s can\'t won\'t i\'m we\'re they\'re there\'s what\'s that\'s').split(' '),
  ),
  es: new Set(
    ('de la que el en y los del se las por un para con una su al lo como más pero sus le ya o este sí porque esta ' +
      'entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra ' +
      'otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes ' +
      'nada muchos cual poco ella estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosotros ' +
      'vosotras os mío mía míos mías tuyo tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras ' +
      'vuestro vuestra vuestros vuestras esos esas estoy estás está estamos estáis están esté estés estemos estén ' +
      'es son fue fueron era eran ser sido siendo ha han había habían hemos habéis tiene tienen tenía hace hacen ' +
      'puede pueden dijo según aunque mientras tras cada así ahora bien después siempre entonces también además ' +
      'sólo solo años año día gobierno país parte vez veces dos tres cuatro cinco millones mil').split(' '),
  ),
};
