"""A real SMTP server for the tests (Debian's python3-aiosmtpd), started by SmtpTestServer.cs.

Every message accepted is written to FOLDER as NNNN.eml (the bytes as received) with NNNN.rcpt beside it (the
envelope recipients, one a line; written first, the .eml renamed into place last). RULES is a JSON file re-read at
each RCPT TO: {"address": {"reply": "451 4.7.1 try later", "times": 1}} answers that reply to that recipient the
first `times` times (-1: always), then accepts it. With --tlscert/--tlskey it offers STARTTLS and requires it
before MAIL (RFC 3207); with --implicit too, it speaks TLS from the first byte (RFC 8314). Runs until its standard
input is closed or it is killed.
"""
import argparse
import json
import os
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, folder, rules):
        self.folder = folder
        self.rules = rules
        self.counts = {}
        self.received = len([f for f in os.listdir(folder) if f.endswith(".eml")])

    def rule(self, address):
        try:
            with open(self.rules, encoding="utf-8") as f:
                return json.load(f).get(address.lower())
        except FileNotFoundError:
            return None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        rule = self.rule(address)
        if rule is not None:
            used = self.counts.get(address.lower(), 0)
            if rule["times"] < 0 or used < rule["times"]:
                self.counts[address.lower()] = used + 1
                return rule["reply"]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received += 1
        base = os.path.join(self.folder, "%04d" % self.received)
        with open(base + ".rcpt", "w", encoding="utf-8") as f:
            f.write("\n".join(envelope.rcpt_tos) + "\n")
        with open(base + ".tmp", "wb") as f:
            f.write(envelope.original_content)
        os.replace(base + ".tmp", base + ".eml")
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", required=True)
    parser.add_argument("--rules", required=True)
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--tlscert")
    parser.add_argument("--tlskey")
    parser.add_argument("--implicit", action="store_true")
    args = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user and auth_data.password.decode() == args.password
        # handled=False: aiosmtpd then answers 535 itself (its default, True, sends nothing).
        return AuthResult(success=ok, handled=ok)

    options = {}
    if args.user:
        # Loopback only: the test checks the login, not TLS, so plain AUTH is allowed (aiosmtpd refuses it by default).
        # PLAIN only: after a refused PLAIN, MailKit tries LOGIN, whose aiosmtpd 1.4 exchange then stalls.
        options = dict(authenticator=authenticate, auth_required=True, auth_require_tls=False, auth_exclude_mechanism=["LOGIN"])
    if args.tlscert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tlscert, args.tlskey)
        if args.implicit:
            options["ssl_context"] = context
        else:
            options.update(tls_context=context, require_starttls=True)
    controller = Controller(Handler(args.folder, args.rules), hostname="127.0.0.1", port=args.port, **options)
    controller.start()
    print("ready", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
