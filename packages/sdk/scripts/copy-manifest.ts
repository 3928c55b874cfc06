// The persisted-documents manifest ships with the build, for servers that accept only known documents.
import { copyFile } from 'node:fs/promises';

await copyFile(new URL('../src/generated/persisted-documents.json', import.meta.url), new URL('../dist/persisted-documents.json', import.meta.url));
