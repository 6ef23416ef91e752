// The development entry of the JSX runtime ("jsx": "react-jsxdev"); the same functions.
export { Fragment, jsxDEV, jsx } from './jsx-runtime.js';
