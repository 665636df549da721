"""Where the embedded demo platform answers, kept apart from the server itself so that
naming it does not load scim2-server (a second of start-up for every command)."""

DEMO_SCIM_URL = "https://scim.demo.invalid/v2"  # .invalid: never a real host
DEMO_SCIM_TOKEN = "demo-scim-token"  # a demo credential: the demo platform is in process
