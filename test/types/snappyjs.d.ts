// snappyjs ships no type declarations; the test uses only this.
declare module 'snappyjs' {
  const snappy: { uncompress(data: Uint8Array): Uint8Array; compress(data: Uint8Array): Uint8Array };
  export default snappy;
}
