import type { ReactNode } from 'react';

/** The bare Next.js page the benchmarks weigh Paralelo's pages against (`bench/bare-page.ts`). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
