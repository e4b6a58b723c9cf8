#include "models/ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "loyalty.models")
