/** The home page, where referred friends land (`/?ref=CODE`). */
export default function Home() {
  return (
    <>
      <h1>Fresh beans, roasted weekly</h1>
      <p>
        <a href="/signup">Create an account</a> and get 10% off.
      </p>
    </>
  );
}
