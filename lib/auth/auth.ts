import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { audit } from "@/lib/audit/audit";
import { db } from "@/lib/db";
import { appSecret } from "@/lib/security/app-secret";

import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { signInSchema } from "./schema";

/** Refused because the account or the client address is locked out; the sign-in page says until when. */
export class LockedOut extends CredentialsSignin {
  code = "locked";
}

/** Staff sessions last a working day. */
const SESSION_SECONDS = 10 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: appSecret(),
  // Behind the municipality's reverse proxy the host header is the public one.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_SECONDS },
  pages: { signIn: "/accesso" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const input = signInSchema.safeParse(credentials);
        if (!input.success) return null;
        const result = await authenticate(db(), { ...input.data, clientAddress: clientAddress(request.headers) });
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new LockedOut();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user.id = token.sub;
        session.user.role = token.role;
      }
      return session;
    },
  },
  events: {
    async signOut(message) {
      const userId = "token" in message ? message.token?.sub : undefined;
      if (userId) await audit(db(), { actorId: userId, action: "auth.sign_out", entityType: "User", entityId: userId });
    },
  },
}));
