import { shareCard } from '@/components/site/share-card';
import { paragraphParams, readParagraph } from '@/lib/content/store';
import { languages } from '@/lib/i18n/config';
import { prebuildParagraphPages } from '@/lib/site';

// Made and kept like the paragraph pages: on first request, or at build time when prebuilding
// (the static export prebuilds them, with `dynamicParams = false` in its copy: scripts/export.ts).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages
    ? languages.flatMap((lng) => paragraphParams().map((params) => ({ lng, ...params })))
    : [];
}

/** The preview card of a paragraph link: the paragraph quoted in `lng`, with the article's title. */
export async function GET(_request: Request, { params }: RouteContext<'/[lng]/articles/[slug]/p/[id]/card.png'>) {
  const { lng, slug, id } = await params;
  const found = readParagraph(lng, slug, id);
  if (!found) return new Response(null, { status: 404 });
  return shareCard({ lng: found.lng, text: found.text, title: found.title.text });
}
