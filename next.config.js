import createNextIntlPlugin from "next-intl/plugin";

// The locale comes from a cookie, not from the URL: next-intl is used without i18n routing.
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks the role.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
