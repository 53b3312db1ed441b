"use client";

import "@fontsource/titillium-web/400.css";
import "@fontsource/titillium-web/700.css";
import "./globals.css";

import en from "@/messages/en.json";
import it from "@/messages/it.json";

import { Container } from "@/components/ui/Container";

// Replaces the root layout, so the visitor's language is unknown here: the page says it in both.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="it">
      <body className="flex min-h-screen flex-col">
        <title>{`${it.errorPage.title} · ${it.site.name}`}</title>
        <header className="bg-primary py-5 text-white">
          <Container>
            <p className="text-2xl font-bold">{it.site.name}</p>
          </Container>
        </header>
        <main id="main-content" className="flex-1">
          <Container>
            <div className="max-w-prose space-y-6 py-12">
            <h1 className="text-3xl">{it.errorPage.title}</h1>
            <p>{it.errorPage.text}</p>
            <div lang="en" className="space-y-3 border-t border-line pt-6">
              <h2 className="text-2xl">{en.errorPage.title}</h2>
              <p>{en.errorPage.text}</p>
            </div>
            <div className="flex flex-wrap items-center gap-6">
              <button
                type="button"
                onClick={() => retry()}
                className="cursor-pointer rounded-md bg-primary px-6 py-2.5 font-bold text-white hover:bg-primary-hover"
              >
                {it.errorPage.retry} / <span lang="en">{en.errorPage.retry}</span>
              </button>
              {/* A full reload: the app's router may be what failed. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">
                {it.errorPage.home} / <span lang="en">{en.errorPage.home}</span>
              </a>
            </div>
            </div>
          </Container>
        </main>
      </body>
    </html>
  );
}
