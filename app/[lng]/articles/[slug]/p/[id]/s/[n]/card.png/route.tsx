import { shareCard } from '@/components/site/share-card';
import { readSentence, sentenceParams } from '@/lib/content/store';
import { prebuildParagraphPages } from '@/lib/site';

// Made and kept like the paragraph cards (../../../card.png/route.tsx).
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return prebuildParagraphPages ? sentenceParams() : [];
}

/** The preview card of a sentence link: the sentence quoted in `lng`, with the article's title. */
export async function GET(_request: Request, { params }: RouteContext<'/[lng]/articles/[slug]/p/[id]/s/[n]/card.png'>) {
  const { lng, slug, id, n } = await params;
  const found = readSentence(lng, slug, id, n);
  if (!found) return new Response(null, { status: 404 });
  return shareCard({ lng: found.lng, text: found.sentence, title: found.title.text });
}
