from zhdesk.cli.main import main

raise SystemExit(main())
