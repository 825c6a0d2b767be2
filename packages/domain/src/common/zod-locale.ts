import { z } from 'zod';

// Every schema message a user can read is Vietnamese: our own messages are written per field, and
// zod's built-in fallbacks (rare: an unexpected type, a malformed payload) use its Vietnamese locale.
z.config(z.locales.vi());
