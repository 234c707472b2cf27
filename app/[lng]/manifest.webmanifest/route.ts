import { isLanguage, languages } from '@/lib/i18n/config';
import { webAppManifest } from '@/lib/offline/manifest';

// Built once per language; any other language is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return languages.map((lng) => ({ lng }));
}

/** The web app manifest in `lng`, which every page in that language links to (app/[lng]/layout.tsx). */
export async function GET(_request: Request, { params }: RouteContext<'/[lng]/manifest.webmanifest'>) {
  const { lng } = await params;
  if (!isLanguage(lng)) return new Response(null, { status: 404 });
  return Response.json(webAppManifest(lng), { headers: { 'Content-Type': 'application/manifest+json' } });
}
