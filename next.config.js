import createNextIntlPlugin from "next-intl/plugin";

// The locale comes from a cookie, not from the URL: next-intl is used without i18n routing.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks the role.
  experimental: {
    authInterrupts: true,
    // Above the default 1 MB so that an oversized field (a pasted document as a name) reaches the
    // form's validation and gets its own message next to the field, instead of a failed request.
    serverActions: { bodySizeLimit: "6mb" },
  },
  // pg-boss runs as plain Node code from node_modules rather than bundled; only instrumentation.ts,
  // in the Node runtime, imports it.
  serverExternalPackages: ["pg-boss"],
};

export default withNextIntl(nextConfig);
