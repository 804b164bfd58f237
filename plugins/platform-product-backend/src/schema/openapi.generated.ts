// This file is generated from openapi.yaml by `yarn generate-openapi` (scripts/generate-openapi.mjs).
// Do not edit it: change openapi.yaml and run the script. src/schema/openapi.test.ts fails when the
// two differ.

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/**
 * The plugin's OpenAPI specification, as a constant so that request and response types are
 * inferred from it.
 *
 * @internal
 */
// prettier-ignore
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "platform-product",
    "version": "1.0.0",
    "description": "The Platform Product backend: metric ingest, platform scorecards, SLO status, adoption, and the platforms an entity relies on. This file is the source of truth; `yarn generate-openapi` turns it into src/schema/openapi.generated.ts, and a test fails when the two drift apart.",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "parameters": {
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "from": {
        "name": "from",
        "in": "query",
        "required": false,
        "description": "First day of the history, YYYY-MM-DD (default 30 days before `to`).",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        }
      },
      "to": {
        "name": "to",
        "in": "query",
        "required": false,
        "description": "Last day of the history, YYYY-MM-DD (default today, UTC).",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          }
        },
        "additionalProperties": true
      },
      "MetricPoint": {
        "type": "object",
        "required": [
          "entityRef",
          "metric",
          "timestamp",
          "value"
        ],
        "additionalProperties": false,
        "properties": {
          "entityRef": {
            "type": "string",
            "description": "The catalog entity the point belongs to, e.g. system:default/deploy-platform."
          },
          "metric": {
            "type": "string",
            "description": "A metric name: an SLI named by one of the entity's SLOs, or a well-known metric (deployments, lead_time_hours, change_failures, incidents, time_to_recover_minutes, support_tickets, active_users, cost, time_to_first_deployment_hours)."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time"
          },
          "value": {
            "type": "number",
            "description": "Zero or more. For counts (SLI events, deployments, tickets, cost), the events in the interval the point stands for; for gauges, the measured value."
          },
          "labels": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "MetricBatch": {
        "type": "object",
        "required": [
          "points"
        ],
        "additionalProperties": false,
        "properties": {
          "points": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5000,
            "items": {
              "$ref": "#/components/schemas/MetricPoint"
            }
          }
        }
      },
      "IngestResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "received",
          "entities"
        ],
        "properties": {
          "received": {
            "type": "integer"
          },
          "entities": {
            "type": "integer"
          }
        }
      },
      "SloHealth": {
        "type": "string",
        "enum": [
          "healthy",
          "at-risk",
          "breached",
          "no-data"
        ]
      },
      "KpiStatus": {
        "type": "string",
        "enum": [
          "met",
          "at-risk",
          "missed",
          "no-data"
        ]
      },
      "AdoptionStage": {
        "type": "string",
        "enum": [
          "innovators",
          "early-adopters",
          "early-majority",
          "late-majority",
          "laggards"
        ]
      },
      "ErrorBudget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "allowedBad",
          "bad",
          "consumed",
          "remaining"
        ],
        "properties": {
          "allowedBad": {
            "type": "number"
          },
          "bad": {
            "type": "number"
          },
          "consumed": {
            "type": "number"
          },
          "remaining": {
            "type": "number"
          }
        }
      },
      "BurnRate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "severity",
          "longWindow",
          "shortWindow",
          "threshold",
          "budgetSpent",
          "longBurnRate",
          "shortBurnRate",
          "firing"
        ],
        "properties": {
          "severity": {
            "type": "string",
            "enum": [
              "page",
              "ticket"
            ]
          },
          "longWindow": {
            "type": "string"
          },
          "shortWindow": {
            "type": "string"
          },
          "threshold": {
            "type": "number"
          },
          "budgetSpent": {
            "type": "number"
          },
          "longBurnRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "shortBurnRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "firing": {
            "type": "boolean"
          }
        }
      },
      "SloStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "displayName",
          "target",
          "window",
          "budgetingMethod",
          "attainment",
          "budget",
          "health",
          "alertState",
          "burnRates",
          "allowance",
          "lastPointAt"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "target": {
            "type": "number"
          },
          "window": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "duration",
              "isRolling",
              "from",
              "to"
            ],
            "properties": {
              "duration": {
                "type": "string"
              },
              "isRolling": {
                "type": "boolean"
              },
              "from": {
                "type": "string",
                "format": "date-time"
              },
              "to": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "budgetingMethod": {
            "type": "string",
            "enum": [
              "Occurrences",
              "Timeslices"
            ]
          },
          "attainment": {
            "type": [
              "number",
              "null"
            ],
            "description": "Good events (or good slices) over all of them in the window."
          },
          "budget": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/ErrorBudget"
              },
              {
                "type": "null"
              }
            ]
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "alertState": {
            "type": "string",
            "enum": [
              "ok",
              "ticket",
              "page",
              "no-data"
            ]
          },
          "burnRates": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BurnRate"
            }
          },
          "allowance": {
            "type": "object",
            "additionalProperties": false,
            "description": "What the rest of the window still allows before the objective is missed.",
            "required": [
              "badEventsRemaining",
              "downtimeRemainingMs"
            ],
            "properties": {
              "badEventsRemaining": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "downtimeRemainingMs": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "lastPointAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "SloReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "health",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SloStatus"
            }
          }
        }
      },
      "TeamAdoption": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "adopting",
          "audience",
          "ratio",
          "stage",
          "adoptingRefs",
          "nonAdoptingRefs"
        ],
        "properties": {
          "adopting": {
            "type": "integer"
          },
          "audience": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "stage": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/AdoptionStage"
              },
              {
                "type": "null"
              }
            ]
          },
          "adoptingRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "nonAdoptingRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "AdoptionTrendPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "adoptingTeams",
          "audienceTeams",
          "ratio",
          "adoptingServices",
          "totalServices"
        ],
        "properties": {
          "day": {
            "type": "string"
          },
          "adoptingTeams": {
            "type": "integer"
          },
          "audienceTeams": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "adoptingServices": {
            "type": "integer"
          },
          "totalServices": {
            "type": "integer"
          }
        }
      },
      "AdoptionReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "teams",
          "services",
          "byPersona",
          "byOrg",
          "trend",
          "capacityUnlockedHoursPerMonth",
          "computedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "teams": {
            "$ref": "#/components/schemas/TeamAdoption"
          },
          "services": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "adopting",
              "total",
              "ratio"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "total": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "byPersona": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "personaRef",
                "found",
                "teams"
              ],
              "properties": {
                "personaRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "found": {
                  "type": "boolean"
                },
                "teams": {
                  "$ref": "#/components/schemas/TeamAdoption"
                }
              }
            }
          },
          "byOrg": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "orgRef",
                "teams"
              ],
              "properties": {
                "orgRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "teams": {
                  "$ref": "#/components/schemas/TeamAdoption"
                }
              }
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdoptionTrendPoint"
            }
          },
          "capacityUnlockedHoursPerMonth": {
            "type": [
              "number",
              "null"
            ]
          },
          "computedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ScorecardKpi": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kpi",
          "title",
          "unit",
          "direction",
          "value",
          "target",
          "status",
          "history"
        ],
        "properties": {
          "kpi": {
            "type": "string",
            "enum": [
              "adoption",
              "nps",
              "availability",
              "timeToFirstDeployment",
              "deploymentFrequency",
              "changeFailureRate",
              "mttr",
              "supportTickets",
              "cost"
            ]
          },
          "title": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "direction": {
            "type": "string",
            "enum": [
              "at-least",
              "at-most"
            ]
          },
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "status": {
            "$ref": "#/components/schemas/KpiStatus"
          },
          "history": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "day",
                "value",
                "status"
              ],
              "properties": {
                "day": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "status": {
                  "$ref": "#/components/schemas/KpiStatus"
                }
              }
            }
          }
        }
      },
      "Scorecard": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "from",
          "to",
          "kpis",
          "capacityUnlockedHoursPerMonth",
          "computedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "kpis": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScorecardKpi"
            }
          },
          "capacityUnlockedHoursPerMonth": {
            "type": [
              "number",
              "null"
            ]
          },
          "computedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "PlatformSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "title",
          "category",
          "ownerRefs",
          "personaRefs",
          "adoption",
          "sloHealth"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "ownerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "personaRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "adoption": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "adopting",
              "audience",
              "ratio",
              "stage"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "audience": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "stage": {
                "anyOf": [
                  {
                    "$ref": "#/components/schemas/AdoptionStage"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "sloHealth": {
            "$ref": "#/components/schemas/SloHealth"
          }
        }
      },
      "PlatformList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlatformSummary"
            }
          }
        }
      },
      "PlatformUsage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "category",
          "via",
          "health",
          "slos",
          "support",
          "links"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "via": {
            "type": "array",
            "description": "The entities through which the entity relies on the platform (itself or its system) and the platform parts they use.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "consumerRef",
                "partRefs"
              ],
              "properties": {
                "consumerRef": {
                  "type": "string"
                },
                "partRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "slos": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "displayName",
                "target",
                "attainment",
                "budgetRemaining",
                "health"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "displayName": {
                  "type": "string"
                },
                "target": {
                  "type": "number"
                },
                "attainment": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "budgetRemaining": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "health": {
                  "$ref": "#/components/schemas/SloHealth"
                }
              }
            }
          },
          "support": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": false,
            "required": [
              "channel"
            ],
            "properties": {
              "channel": {
                "type": "string"
              },
              "url": {
                "type": "string"
              },
              "hours": {
                "type": "string"
              },
              "responseTimes": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "availabilityCommitment": {
                "type": "number"
              }
            }
          },
          "links": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "title",
                "url"
              ],
              "properties": {
                "title": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "type": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "EntityPlatforms": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlatformUsage"
            }
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request was invalid; the message says what and how to fix it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "The entity does not exist, or is not a platform.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/metrics": {
      "post": {
        "operationId": "IngestMetrics",
        "description": "Stores a batch of metric points (service credentials only). Idempotent on (entity, metric, timestamp, labels): a retried batch replaces the same points instead of adding to them. A batch is all-or-nothing.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetricBatch"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Every point was stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IngestResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller is not a service; only services push metrics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "description": "The request body is over the 2 MB limit; split the batch.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/platforms": {
      "get": {
        "operationId": "ListPlatforms",
        "responses": {
          "200": {
            "description": "Every platform product in the catalog, with a short summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlatformList"
                }
              }
            }
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/scorecard": {
      "get": {
        "operationId": "GetPlatformScorecard",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "The platform's balanced scorecard with daily history.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Scorecard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/slos": {
      "get": {
        "operationId": "GetPlatformSlos",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "Attainment, error budget, burn rates and alert state of each SLO.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SloReport"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/adoption": {
      "get": {
        "operationId": "GetPlatformAdoption",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "Adoption now, per persona and org, and its daily trend.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/adoption/refresh": {
      "post": {
        "operationId": "RefreshPlatformAdoption",
        "description": "Recomputes adoption and the scorecard now and stores today's snapshot (owners of the platform only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The fresh adoption.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionReport"
                }
              }
            }
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/platforms": {
      "get": {
        "operationId": "GetEntityPlatforms",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "Each platform the entity relies on, directly or through its system, in one answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityPlatforms"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  }
} as const;

/**
 * Creates an Express router that validates every request against {@link spec} before a handler
 * runs, with handlers typed from it.
 *
 * @internal
 */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
