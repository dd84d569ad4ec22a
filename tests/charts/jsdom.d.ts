// jsdom ships no types and @types/jsdom is not installed; page-a11y.test.ts uses only this.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html: string, options?: { runScripts?: 'outside-only' | 'dangerously'; pretendToBeVisual?: boolean });
    window: Window & { eval(code: string): unknown };
  }
}
