/** The public origin of the site, for canonical and alternate URLs. */
export const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
