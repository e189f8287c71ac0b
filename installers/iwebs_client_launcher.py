"""Entry point of the bundled iWEBS client (PyInstaller): runs iwebs_client.main.main()."""

import sys

from iwebs_client.main import main

if __name__ == "__main__":
    sys.exit(main())
