// The part of pdfmake 0.3's server API that Plenary uses; the package ships no type declarations.
declare module 'pdfmake' {
  interface PdfFontFamily {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  interface PdfOutputDocument {
    getBuffer(): Promise<Buffer>;
  }

  interface PdfMake {
    setFonts(fonts: Record<string, PdfFontFamily>): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
    createPdf(definition: object): PdfOutputDocument;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
