import { appIconImage, appIcons } from '@/lib/offline/app-icons';

// Drawn once at build time; any other name is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return appIcons.map(({ name }) => ({ name }));
}

/** An icon of the web app manifest (lib/offline/manifest.ts), as a PNG. */
export async function GET(_request: Request, { params }: RouteContext<'/icons/[name]'>) {
  const { name } = await params;
  const icon = appIcons.find((i) => i.name === name);
  if (!icon) return new Response(null, { status: 404 });
  return appIconImage(icon);
}
