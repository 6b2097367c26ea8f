// Vite builds the web client (web/index.html) and the bundled GraphQL IDE (web/graphiql.html) into dist/web.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // Libraries' "use client"/"use no memo" directives mean nothing in a bundle; keep the build quiet.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        index: path.resolve('web/index.html'),
        graphiql: path.resolve('web/graphiql.html'),
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://localhost:4000', '/taxii2': 'http://localhost:4000' },
  },
});
