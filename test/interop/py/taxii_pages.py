"""Pages through a TAXII 2.1 collection with the OASIS taxii2-client and reports what it received.

Usage: taxii_pages.py API_ROOT_DISCOVERY_URL TOKEN COLLECTION_ID PER_REQUEST [bearer|token|basic]
(how the client sends the token: a Bearer header, the client's own TokenAuth (`Token <token>`), or its
user/password arguments as HTTP Basic with the token as password)
Prints JSON: {"collections": [...], "objects": [ids in order], "pages": n, "manifest": [ids in order], "manifest_pages": n}
"""
import json
import sys

import requests
from taxii2client.common import TokenAuth
from taxii2client.v21 import Server, as_pages


class Bearer(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def connect(url, token, scheme):
    if scheme == "token":
        return Server(url, auth=TokenAuth(key=token))
    if scheme == "basic":
        return Server(url, user="taxii-client", password=token)
    return Server(url, auth=Bearer(token))


def main(url, token, collection_id, per_request, scheme="bearer"):
    server = connect(url, token, scheme)
    api_root = server.default or server.api_roots[0]
    collections = {c.id: c for c in api_root.collections}
    collection = collections[collection_id]
    ids, pages = [], 0
    for envelope in as_pages(collection.get_objects, per_request=per_request):
        pages += 1
        ids += [o["id"] for o in envelope.get("objects", [])]
    manifest, manifest_pages = [], 0
    for envelope in as_pages(collection.get_manifest, per_request=per_request):
        manifest_pages += 1
        manifest += [o["id"] for o in envelope.get("objects", [])]
    print(json.dumps({
        "title": server.title,
        "collections": sorted(collections),
        "can_read": collection.can_read,
        "objects": ids,
        "pages": pages,
        "manifest": manifest,
        "manifest_pages": manifest_pages,
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), *sys.argv[5:6])
