/** @jsx h */
/** @jsxFrag Fragment */
// Pragmas choose the classic runtime and its factory.
const Fragment = 'Fragment';
function h(type: string | Function, props: object | null, ...children: unknown[]) {
  return { type: typeof type === 'function' ? type.name : type, props, children };
}
const Item = ({ label }: { label: string }) => h('li', null, label);
const list = (
  <ul class="list">
    <Item label="one" />
    <>two</>
  </ul>
);
console.log(JSON.stringify(list));
