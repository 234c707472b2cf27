import { describe, expect, it } from 'vitest';
import { pageResidue, type PageResidueKind } from '@/lib/content/authoring/page-residue';

/** The kind of one line, or undefined when it may be article text. */
const kindOf = (line: string) => {
  const residue = pageResidue(line);
  expect(residue === undefined || residue.length === 1).toBe(true);
  return residue?.[0]?.kind;
};

const residue: Record<PageResidueKind, { en: string[]; es: string[] }> = {
  'advertisement label': {
    en: [
      'Advertisement',
      'ADVERTISEMENT',
      'advertisement',
      'Advertisements',
      'Ad',
      'Skip advertisement',
      'Skip Ad',
      'Advertisement - Scroll to continue',
      'Advertisement — scroll to continue with content',
      'Sponsored content',
      'Paid post',
      'Story continues below advertisement',
    ],
    es: [
      'Publicidad',
      'PUBLICIDAD',
      'Anuncio',
      'Anuncios',
      'Saltar publicidad',
      'Cerrar anuncio',
      'Contenido patrocinado',
      'Patrocinado',
      'La noticia continúa debajo de la publicidad',
    ],
  },
  'topic label': {
    en: ['Filed under:', 'Filed under', 'FILED UNDER:', 'Filed under: Cuba, Belarus, Russia', 'Tags: Cuba | Belarus', 'Topics:', 'More on:'],
    es: ['Archivado en:', 'Archivado en: Cuba, Bielorrusia', 'Etiquetas:', 'Temas: Cuba, Rusia', 'Categorías:', 'Más sobre:'],
  },
  'link label': {
    en: [
      'Read more',
      'READ MORE',
      'Read more:',
      'Read more »',
      'Read more →',
      '> Read more',
      'Read more: Havana’s blackout enters its third day',
      'Read also',
      'See also',
      'Related',
      'Related:',
      'Related: Belarus and Cuba sign a defence plan',
      'Related articles',
      'Related coverage',
      'Continue reading',
      'Continue reading the main story',
      'Keep reading',
      'You may also like',
      'Most read',
    ],
    es: [
      'Leer más',
      'Leer mas',
      'LEER MÁS',
      'Leer más...',
      'Lee también',
      'Lee también:',
      'Lee tambien: La Habana sin luz por tercer día',
      'Lea también',
      'Ver también',
      'Relacionado',
      'Relacionados',
      'Relacionadas:',
      'Noticias relacionadas',
      'Artículos relacionados',
      'Sigue leyendo',
      'Sigue leyendo →',
      'Seguir leyendo',
      'Continúa leyendo',
      'Te puede interesar',
      'También te puede interesar:',
      'Te recomendamos',
      'Lo más leído',
      'Más información',
    ],
  },
  'share prompt': {
    en: [
      'Share this',
      'Share this:',
      'Share this article',
      'Share',
      'Share on Facebook',
      'Share via WhatsApp',
      'Facebook Twitter WhatsApp Email',
      'Facebook | X | LinkedIn',
      'Copy link',
      'Link copied',
      'Print',
      'Print this article',
      'Email',
    ],
    es: [
      'Compartir',
      'Compartir:',
      'Comparte esto',
      'Comparte este artículo',
      'Compártelo',
      'Compartir en WhatsApp',
      'Compartir en Facebook',
      'Copiar enlace',
      'Enlace copiado',
      'Imprimir',
      'Enviar por correo',
    ],
  },
  'subscribe prompt': {
    en: [
      'Subscribe',
      'SUBSCRIBE',
      'Subscribe now',
      'Subscribe now!',
      'Subscribe to our newsletter',
      'Sign up',
      'Sign up for our free newsletter',
      'Newsletter',
    ],
    es: [
      'Suscríbete',
      'Suscribete',
      '¡Suscríbete ya!',
      'Suscríbete gratis',
      'Suscríbase',
      'Suscribirse',
      'Suscríbete a nuestro boletín',
      'Recibe nuestro boletín',
      'Boletín',
    ],
  },
  'photo caption or credit': {
    en: [
      'Photo: Jane Doe/Reuters',
      'Photo: A man walks past a mural in Havana',
      'Photo:',
      'Image: courtesy of the ministry',
      'Photograph: John Roe',
      'Video: the launch',
      'Credit: Jane Doe',
      'File photo',
      '(AP Photo/Jane Doe)',
      '(AP Photo/Jane Doe, File)',
      'AP Photo/Jane Doe',
      'Getty Images',
      'Reuters',
      'Reuters/John Smith',
      'John Smith/Reuters',
      'AFP via Getty Images',
      'Jane Doe/AFP via Getty Images',
      'Photo by Jane Doe',
      'Image courtesy of John Roe',
    ],
    es: [
      'Foto: EFE',
      'Foto: Juan Pérez/EFE',
      'Foto: Vista de La Habana al amanecer',
      'Imagen: archivo',
      'Imagen:',
      'Fotografía: Ana Ruiz',
      'Crédito: Ana Ruiz',
      'Foto de archivo',
      'Imagen de archivo',
      'EFE/Ana Ruiz',
      'Ana Ruiz/EFE',
      'Europa Press',
      'Prensa Latina',
      'Foto de Ana Ruiz',
      'Foto cortesía de Juan Pérez',
    ],
  },
  byline: {
    en: [
      'By Jane Doe',
      'BY JANE DOE',
      'by Jane Doe',
      'By Jane Doe and John Roe',
      'By Jane Doe, John Roe and Ann Lee',
      'By Jane Doe, Reuters',
      'By J. R. Smith Jr.',
      "By Mary O'Neil-Smith",
      'By Jane Doe | March 12, 2024',
      'By Reuters',
      'Written by Jane Doe',
      'Reporting by John Roe',
    ],
    es: [
      'Por Juan Pérez',
      'POR JUAN PÉREZ',
      'Por: Juan Pérez',
      'Por Juan Pérez y Ana Ruiz',
      'Por Ana Ruiz e Inés Gil',
      'Por María de los Ángeles García',
      'Por Juan Pérez | 12 de marzo de 2024',
      'Por Redacción',
      'Escrito por Ana Ruiz',
    ],
  },
  dateline: {
    en: ['HAVANA —', 'HAVANA -', 'MINSK (Reuters) —', 'WASHINGTON, March 12 (Reuters) -', 'HAVANA (AP)'],
    es: ['LA HABANA —', 'LA HABANA (EFE) —', 'BOGOTÁ, 12 mar (EFE) -', 'MADRID (Europa Press)'],
  },
  timestamp: {
    en: [
      'Updated 3:45 p.m. ET',
      'Updated: 3:45 PM EDT',
      'Updated March 12, 2024',
      'Last updated on March 12, 2024 at 10:45 a.m.',
      'Published 12 March 2024, updated 13 March 2024',
      'Posted on Tuesday, March 12, 2024',
      'March 12, 2024',
      'Mar. 12, 2024',
      'Tuesday, March 12, 2024 10:45 a. m.',
      '10:45 GMT',
      '2 hours ago',
      'Updated 5 minutes ago',
      '12/03/2024',
      '2024-03-12',
      '2024-03-12T10:45:00Z',
      'March 12th, 2024',
    ],
    es: [
      'Actualizado el 12 de marzo de 2024',
      'Actualizado a las 10:30',
      'Publicado: 12/03/2024 10:45',
      'Publicado el martes, 12 de marzo de 2024',
      'Última actualización: 12.03.2024 - 10:45 h',
      '12 de marzo de 2024',
      'Martes 12 de marzo de 2024, 10:45 h',
      'Miércoles, 13 de marzo del 2024',
      'Hace 2 horas',
      'hace 5 minutos',
    ],
  },
  'reading time': {
    en: ['5 min read', '12 minute read', 'Reading time: 4 minutes'],
    es: ['Lectura de 5 minutos', '5 minutos de lectura', 'Tiempo de lectura: 4 min', 'Lectura: 3 min'],
  },
};

const cases = Object.entries(residue).flatMap(([kind, { en, es }]) => [
  ...en.map((line) => ['en', kind, line]),
  ...es.map((line) => ['es', kind, line]),
]);

describe('pageResidue: what it recognises', () => {
  it.each(cases)('(%s) %s: %j', (_lang, kind, line) => {
    expect(kindOf(line)).toBe(kind);
  });

  it('returns each line trimmed, with its kind', () => {
    expect(pageResidue('  Advertisement  ')).toEqual([{ text: 'Advertisement', kind: 'advertisement label' }]);
  });

  it('tolerates leading bullets and trailing punctuation, colons and arrows', () => {
    for (const line of ['• Advertisement •', '· Leer más', '-- Read more --', 'Read more...', 'Read more >>', 'Leer más ›', 'Compartir:', 'Publicidad.', 'Subscribe!'])
      expect(kindOf(line), line).toBeDefined();
  });

  it('takes a block of several lines as residue only when every line is', () => {
    expect(pageResidue('By Jane Doe\nUpdated 3:45 p.m. ET')).toEqual([
      { text: 'By Jane Doe', kind: 'byline' },
      { text: 'Updated 3:45 p.m. ET', kind: 'timestamp' },
    ]);
    expect(pageResidue('Por Juan Pérez\nLa Habana vivió ayer su peor apagón del año.')).toBeUndefined();
    expect(pageResidue('Advertisement\n')).toBeUndefined();
  });
});

const text = {
  en: [
    'Read more about the strike in our coverage.',
    'By the end of the year, prices rose.',
    'By May 2024, prices had doubled.',
    'By then the talks had stalled.',
    'Related talks will resume on Monday.',
    'Related to the strike, the union said nothing.',
    'Share prices fell 3% on Tuesday.',
    'Share your story with us, the ministry urged.',
    'Subscribers complained about the outage.',
    'Subscribe to the idea that prices will fall, and you will be disappointed.',
    'The advertisement ran in three newspapers.',
    'Advertisements for the new cars filled the city.',
    'Reuters reported the deal on Monday.',
    'Getty Images declined to comment.',
    'Photo agencies such as Reuters and AP distributed the picture.',
    'Image by image, the exhibition tells the story.',
    'Continue reading, the teacher told the class.',
    'Updated figures show the economy shrank 2% in 2024.',
    'In March 2024, another official visited the island.',
    'On March 12, 2024, the minister arrived in Havana.',
    'Filed under pressure, the report was incomplete.',
    'Tags on the crates showed they came from Minsk.',
    'Print media lost readers again this year.',
    'Email was the only way to reach the embassy.',
    'HAVANA',
    'NATO said it was watching closely.',
  ],
  es: [
    'Publicidad engañosa es un delito, dijo el fiscal.',
    'La publicidad de la campaña costó millones.',
    'Anuncio del ministerio: las tiendas cerrarán el lunes.',
    'Por la tarde, llovió sobre La Habana.',
    'Por primera vez, el gobierno admitió la crisis.',
    'Por Juan Pérez fue firmado el acuerdo.',
    'Leer más libros es su propósito para este año.',
    'Lee también la prensa extranjera, recomendó el profesor.',
    'Sigue leyendo el informe completo, pidió la ministra.',
    'Compartir datos con terceros está prohibido por la ley.',
    'Comparte esto con tus vecinos, pidió el delegado.',
    'Suscribirse es gratis, dijo la empresa.',
    'Relacionado con el caso, el coronel fue destituido.',
    'Foto de la playa de Varadero al atardecer',
    'Foto y video fueron publicados por el ministerio.',
    'Actualizado el reglamento, los precios subieron.',
    'El 12 de marzo de 2024 llegó el ministro.',
    'Hace dos años que no llueve así.',
    'Archivado en el ministerio, el expediente nunca salió.',
    'Temas como la salud y la energía dominaron la reunión.',
  ],
};

describe('pageResidue: article text it leaves alone', () => {
  it.each([...text.en.map((line) => ['en', line]), ...text.es.map((line) => ['es', line])])('(%s) %j', (_lang, line) => {
    expect(pageResidue(line)).toBeUndefined();
  });

  it('leaves a label with a long tail alone: past 120 characters, a line is text', () => {
    const caption = `Photo: ${'A crowd gathers on the Malecón as the sun sets '.repeat(3)}`.trim();
    expect(caption.length).toBeGreaterThan(120);
    expect(pageResidue(caption)).toBeUndefined();
    expect(kindOf(caption.slice(0, 120))).toBe('photo caption or credit');
  });

  it.each(['', '   ', '---', '***', '___', '- - -', '…'])('leaves a line of nothing, or only decorations, alone: %j', (line) => {
    expect(pageResidue(line)).toBeUndefined();
  });
});
