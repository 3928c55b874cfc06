// `@plenary/domain/pdf`: PDF rendering, kept out of the main entry point so that browser bundles never pull pdfmake.
export * from './render-pdf.ts';
export * from './to-pdf-definition.ts';
