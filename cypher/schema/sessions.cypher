// Sign-in: one-time codes (sign-in and invitation links) and browser sessions, each looked up by SHA-256 hash.
CREATE CONSTRAINT signincode_hash IF NOT EXISTS FOR (n:SignInCode) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT usersession_hash IF NOT EXISTS FOR (n:UserSession) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT usersession_id IF NOT EXISTS FOR (n:UserSession) REQUIRE n.id IS UNIQUE;
