/** The portal's mark: a speech bubble on a screen. Decorative, the brand name is always next to it. */
export function BrandMark({ className = "" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 48 48" className={className}>
      <rect x="2" y="6" width="44" height="30" rx="4" fill="#ffffff" />
      <rect x="18" y="36" width="12" height="5" fill="#ffffff" />
      <rect x="12" y="41" width="24" height="3" rx="1.5" fill="#ffffff" />
      <path d="M14 13h20a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H22l-5 4v-4h-3a3 3 0 0 1-3-3v-8a3 3 0 0 1 3-3Z" fill="#0066cc" />
      <circle cx="18" cy="20" r="1.8" fill="#ffffff" />
      <circle cx="24" cy="20" r="1.8" fill="#ffffff" />
      <circle cx="30" cy="20" r="1.8" fill="#ffffff" />
    </svg>
  );
}
