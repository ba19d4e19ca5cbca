// Writes FILE.br (brotli, highest quality) and FILE.gz (gzip, level 9) next to each FILE given, unless they are newer
// than FILE already. The service checks that a copy decompresses to its file before serving it, so a stale copy is
// never sent; these only spare it compressing large files itself (it does, less tightly, when a copy is missing).
// Usage: node scripts/precompress.mjs FILE...
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';

for (const file of process.argv.slice(2)) {
  const modified = statSync(file).mtimeMs;
  const fresh = (copy) => existsSync(copy) && statSync(copy).mtimeMs >= modified;
  if (fresh(`${file}.br`) && fresh(`${file}.gz`)) continue;
  const content = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  }));
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  console.log(`precompress: ${file} ${content.length} bytes -> br ${statSync(`${file}.br`).size}, gzip ${statSync(`${file}.gz`).size}`);
}
