// React's development build checks every element and render and is several times slower: with 10,000
// flags that is the difference between a key drawing in time or not. Call before react is first imported;
// an explicit NODE_ENV from the user wins.
export function preferProductionReact(): void {
  process.env.NODE_ENV ??= 'production';
}
