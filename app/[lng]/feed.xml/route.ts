import { feedResponse } from '@/lib/feed/feed-response';
import { languages } from '@/lib/i18n/config';

// Built once from the content, a file in the static export too.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

/** The RSS 2.0 feed of the articles in `lng`, full text and all. */
export async function GET(_request: Request, { params }: RouteContext<'/[lng]/feed.xml'>) {
  return feedResponse((await params).lng, 'rss');
}
