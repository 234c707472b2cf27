export default function Page() {
  return (
    <main>
      <h1>A bare Next.js page</h1>
      <p>A heading and a paragraph, nothing else: the reference for what a Next.js page costs.</p>
    </main>
  );
}
