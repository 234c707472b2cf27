/** What a line of page residue is, as messages name it. */
export type PageResidueKind =
  | 'advertisement label'
  | 'topic label'
  | 'link label'
  | 'share prompt'
  | 'subscribe prompt'
  | 'photo caption or credit'
  | 'byline'
  | 'dateline'
  | 'timestamp'
  | 'reading time';

/** A line of page residue: its text, trimmed, and what it is. */
export interface ResidueLine {
  text: string;
  kind: PageResidueKind;
}

/** A longer line is article text, whatever it starts with. */
const maxLength = 120;

/**
 * Tells whether a block of text copied from a news web page is page residue rather than article
 * text: a label ("Advertisement", "Archivado en:"), a prompt ("Read more", "Suscríbete"), a photo
 * caption or credit ("Foto: …", "Reuters/John Smith"), a lone byline ("By Jane Doe") or a lone
 * dateline or timestamp ("Updated 3:45 p.m. ET"), in English or Spanish.
 *
 * Only whole lines count: each line must be one of these on its own, at most 120 characters,
 * matched case-insensitively and with or without accents, with leading bullets and trailing
 * punctuation, colons or arrows tolerated. A sentence that merely holds such words ("Read more
 * about the strike in our coverage.") is article text.
 *
 * @param block the block's text, one line per line of the page
 * @returns each line with its kind when every line is residue; undefined when any may be text
 */
export function pageResidue(block: string): ResidueLine[] | undefined {
  const lines: ResidueLine[] = [];
  for (const line of block.split('\n')) {
    const text = line.trim();
    const kind = residueKind(text);
    if (!kind) return undefined;
    lines.push({ text, kind });
  }
  return lines;
}

function residueKind(line: string): PageResidueKind | undefined {
  if (line.length > maxLength) return undefined;
  const folded = fold(line);
  if (folded === '') return undefined;
  for (const [kind, pattern] of labels) if (pattern.test(folded)) return kind;
  if (isTimestamp(folded)) return 'timestamp';
  if (isShareBar(folded)) return 'share prompt';
  if (isByline(bare(line))) return 'byline';
  if (isPhotoCredit(bare(line))) return 'photo caption or credit';
  if (isDateline(line)) return 'dateline';
  return undefined;
}

const leadingDecoration = /^[\s•·*|>»›→⇒▶►■¡¿–—-]+/u;
const trailingDecoration = /[\s•·*|<>»›→⇒▶►■:.,;!?…–—-]+$/u;

/** The text without the bullets, arrows and punctuation around it. */
function bare(text: string): string {
  return text.replace(leadingDecoration, '').replace(trailingDecoration, '');
}

/** Bare, lowercase, without accents or runs of spaces: how labels and words are compared. */
function fold(text: string): string {
  return bare(text)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

/** Labels as whole lines; some may go on after a colon (a headline, a caption, a list of topics). */
const labels: [PageResidueKind, RegExp][] = [
  [
    'advertisement label',
    /^(?:(?:skip|close|hide|saltar|omitir|cerrar) )?(?:advertisements?|advert|ads?|publicidad|anuncios?)(?: (?:[-–—|] )?scroll to continue(?: with content)?)?$/,
  ],
  [
    'advertisement label',
    /^(?:sponsored(?: content| post)?|paid (?:content|post)|contenido (?:patrocinado|publicitario)|patrocinado|(?:the )?(?:story|article) continues below(?: (?:this )?advertisement)?|(?:la )?(?:noticia|nota) (?:continua|sigue) (?:abajo|debajo)(?: de la publicidad| del anuncio)?)$/,
  ],
  ['topic label', /^(?:filed under|archivado en|tags?|etiquetas|topics|temas|categories|categorias|more on|mas sobre)(?:: .+)?$/],
  [
    'link label',
    /^(?:read (?:more|also|next|the full (?:story|article))|also read|see also|related(?: (?:articles|stories|content|coverage|news|links|reading))?|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|most (?:read|popular|viewed)|(?:continue|keep) reading(?: (?:the )?(?:main )?(?:story|article))?|(?:leer|ver) (?:mas|tambien)|(?:lee|lea|vea|mira) (?:tambien|mas)|relacionad[oa]s?|(?:noticias|articulos|contenidos?|notas) relacionad[oa]s|(?:tambien )?(?:te|le) (?:puede|podria) interesar|te recomendamos|recomendad[oa]s?|lo mas (?:leido|visto)|(?:sigue|seguir|siga|continua|continuar) leyendo|mas informacion)(?:: .+)?$/,
  ],
  [
    'share prompt',
    /^(?:share (?:this|the) (?:article|story|page|post)|share this|compart(?:e|elo|e esto|e est[ae] (?:articulo|nota|noticia)|ir est[ae] (?:articulo|nota|noticia))|link copied|enlace copiado|print this (?:article|page|story)|(?:send by|enviar por) (?:email|e-mail|correo))$/,
  ],
  [
    'subscribe prompt',
    /^(?:subscribe(?: (?:now|today|here|for free))?|subscribe to (?:our|the) newsletters?|sign up(?: (?:now|here|for free))?|sign up for (?:our|the) (?:free )?newsletters?|get (?:our|the) newsletter|newsletters?|suscribete(?: (?:ya|ahora|aqui|gratis))?|suscribase(?: (?:ya|ahora|aqui|gratis))?|suscribirse|suscribete (?:a|al) (?:nuestro |nuestros |el )?(?:boletin|boletines|newsletter)|recibe (?:nuestro|el) (?:boletin|newsletter)|boletin)$/,
  ],
  [
    'photo caption or credit',
    /^(?:(?:photos?|photograph|pictures?|images?|video|credit|(?:photo|image) credit|fotos?|fotografias?|imagen(?:es)?|credito|credito de (?:la )?(?:foto|imagen)|screenshot|captura(?: de pantalla)?)(?:: .+)?|(?:file|archive) (?:photo|image)|(?:foto|imagen) de archivo)$/,
  ],
  [
    'reading time',
    /^(?:\d+ ?(?:min|mins|minutes?) read|(?:reading time|tiempo de lectura|lectura):? \d+ ?(?:min|mins|minutes?|minutos?)|lectura de \d+ ?(?:min|minutos?)|\d+ ?(?:min|minutos?) de lectura)$/,
  ],
];

const months =
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic';
const weekdays =
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun lunes martes miercoles jueves viernes sabado domingo';
const timeWords =
  'updated published posted modified last first actualizado publicado modificado actualizacion ultima fecha publicacion at on the of de del el a las la am pm a.m p.m m h hrs hs et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc cet cest bst ago hace today yesterday hoy ayer seconds minute minutes min mins hour hours hr days day segundos minuto minutos hora horas dia dias';
const dateWords = new Set(`${months} ${weekdays} ${timeWords}`.split(' '));

/** A day, year or ordinal; a time (3:45, 10.30h); a numeric date (12/03/2024, 2024-03-12T10:45Z). */
const dateNumber =
  /^(?:\d{1,4}(?:st|nd|rd|th|º|°)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:h|am|pm)?|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2})?(?:z|[+-]\d{2}:?\d{2})?)$/;

/** A line of nothing but a date, a time or how long ago, with or without "Updated"/"Publicado". */
function isTimestamp(folded: string): boolean {
  const words = folded
    .split(/[\s,|()·•–—]+/)
    .map((word) => word.replace(/[.:]$/, ''))
    .filter((word) => word !== '' && word !== '-');
  return words.some((word) => /\d/.test(word)) && words.every((word) => dateWords.has(word) || dateNumber.test(word));
}

const shareWords = new Set(
  'facebook twitter x whatsapp telegram linkedin reddit pinterest threads bluesky messenger email e-mail mail correo print imprimir copy link copiar enlace share compartir'.split(' '),
);

/** A row of sharing buttons: "Share", "Compartir en WhatsApp", "Facebook Twitter Email". */
function isShareBar(folded: string): boolean {
  const words = folded.split(/[\s,|/·•]+/).filter((word) => !['on', 'en', 'via', 'por', 'the', 'el'].includes(word));
  return words.length > 0 && words.every((word) => shareWords.has(word));
}

const nameWord = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const particle = '(?:de|del|la|las|los|da|das|do|dos|van|von|der|den|di|du|le)';
/** A capitalised name of up to five words, with particles: "Jane Doe", "María de los Ángeles Pérez". */
const name = new RegExp(String.raw`^${nameWord}(?:\s+(?:${particle}\s+)*${nameWord}){0,4}$`, 'u');

const agency =
  /^(?:getty(?: images)?|reuters|ap|associated press|afp|efe|epa(?:-efe)?|europa press|bloomberg|xinhua|anadolu(?: agency)?|shutterstock|istock|alamy|nurphoto|sipa|zuma(?: press)?|dpa|ansa|prensa latina)(?: (?:photo|foto|images|pictures))?$/;

const isAgency = (text: string) => agency.test(fold(text));
const isName = (text: string) => name.test(text) || isAgency(text);

/** "By Jane Doe", "Por Juan Pérez y Ana Ruiz", "By Jane Doe, Reuters | March 12, 2024". */
function isByline(line: string): boolean {
  const match = /^(?:by|por|written by|escrito por|reporting by|text|texto)\s*:?\s+(.+)$/iu.exec(line);
  if (!match) return false;
  const parts = match[1]!.split(/\s*[,|/–—]\s*|\s+(?:and|y|e|&)\s+/u);
  return parts.every((part) => isName(part) || isTimestamp(fold(part)));
}

/** "Reuters/John Smith", "AFP via Getty Images", "(AP Photo/Ramon Espinosa, File)", "Photo by Jane Doe". */
function isPhotoCredit(line: string): boolean {
  const by = /^(?:(?:photo|image|picture) (?:by|courtesy(?: of)?)|(?:foto|imagen|fotografía|fotografia) (?:de|por|cortesía(?: de)?|cortesia(?: de)?))\s+(.+)$/iu.exec(
    line,
  );
  if (by) return isName(by[1]!);
  const credit = line.replace(/^\((.*)\)$/, '$1').replace(/,\s*(?:file|archivo)$/i, '');
  const parts = credit.split(/\s*[/|]\s*|\s+via\s+/iu);
  return parts.some(isAgency) && parts.every(isName);
}

/** "HAVANA —", "LA HABANA (EFE) —", "WASHINGTON, March 12 (Reuters) -": where and when, with no story. */
function isDateline(line: string): boolean {
  const match = /^(\p{Lu}[\p{Lu}\p{M}' .]*\p{Lu})(?:,\s*([^()—–-]+?))?\s*(?:\(([^()]+)\))?\s*([—–-]+)?$/u.exec(line);
  if (!match) return false;
  const [, , date, source, dash] = match;
  if (dash === undefined && source === undefined) return false;
  return (date === undefined || isTimestamp(fold(date))) && (source === undefined || isAgency(source));
}
