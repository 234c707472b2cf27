import { feedResponse } from '@/lib/feed/feed-response';
import { languages } from '@/lib/i18n/config';

// Built once from the content, a file in the static export too.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

/** The Atom twin of `feed.xml`: the same articles, with their updated dates and languages as Atom has them. */
export async function GET(_request: Request, { params }: RouteContext<'/[lng]/atom.xml'>) {
  return feedResponse((await params).lng, 'atom');
}
