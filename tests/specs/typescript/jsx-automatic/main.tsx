// The automatic runtime (react/jsx-runtime), the default: elements, fragments, keys, spread
// props, text with entities and whitespace as React sees it, and types in between.
type Props = { name: string; count?: number };
function Greeting({ name }: Props) {
  return <p className="greeting">Hello, {name}!</p>;
}
const extra = { title: 'extra' };
const tree = (
  <div id="root" {...extra} data-count={2}>
    <Greeting<Props> name={'kiln' as string} />
    <>
      fragment &amp; text
      {[1, 2].map((n: number) => <i key={n}>{n}</i>)}
    </>
    {/* a comment is not a child */}
  </div>
);
console.log(JSON.stringify(tree, null, 1));
console.log(JSON.stringify(Greeting({ name: 'direct' })));
