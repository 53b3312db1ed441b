import { signOutAction } from "./sign-out-action";

interface SignOutButtonProps {
  label: string;
  /** "bar": white on the blue staff bar; "page": a secondary button on white. */
  variant?: "bar" | "page";
}

const variants = {
  bar: "border-white text-white hover:bg-white hover:text-primary-strong",
  page: "border-primary text-primary hover:bg-primary-soft",
} as const;

/** A plain form posting to the sign-out action: it works without JavaScript. */
export function SignOutButton({ label, variant = "bar" }: SignOutButtonProps) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={`cursor-pointer rounded-md border-2 px-4 py-1.5 font-semibold ${variants[variant]}`}>
        {label}
      </button>
    </form>
  );
}
