// A .jsx file (JavaScript with JSX), with tsconfig asking for the classic runtime.
const React = require('react');
const title = 'Kiln';
const element = <h1 className="title">Hi {title}<br /></h1>;
console.log(JSON.stringify(element));
